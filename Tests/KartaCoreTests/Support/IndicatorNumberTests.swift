import Testing
@testable import KartaCore

struct IndicatorNumberTests {
    @Test(
        arguments: [
            ("34,5", 34.5), ("34.5 %", 34.5), ("−3", -3), ("1 234", 1234), ("1000000000000", 1e12),
            ("н/д", nil), ("1,2,3", nil), ("10000000000001", nil), (String(repeating: "9", count: 31), nil)
        ] as [(String, Double?)])
    func parse(_ text: String, _ value: Double?) {
        #expect(IndicatorNumber.parse(text) == value)
    }

    /// Any number an .xlsx may hold is written without a trap (the fuzzer found 1e20 in a cell
    /// stopping the build); numbers in range as people write them.
    @Test(arguments: [
        (34.5, "34,5"), (-3.25, "−3,25"), (12, "12"), (0.05, "0,05"), (1e12, "1000000000000"),
        (1e20, "1e+20"), (-1e300, "-1e+300"), (Double.infinity, "inf"),
        (-Double.greatestFiniteMagnitude, "-1.7976931348623157e+308")
    ])
    func format(_ value: Double, _ text: String) {
        #expect(IndicatorNumber.format(value) == text)
    }
}
