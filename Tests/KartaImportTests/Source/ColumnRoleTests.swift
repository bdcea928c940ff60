import Testing
@testable import KartaImport

struct ColumnRoleTests {
    /// Captions of the seeds' tables and their common variants.
    @Test(
        arguments: [
            ("№ п/п", ColumnRole.number), ("N", .number), ("п/п", .number),
            ("Наименование мероприятия", .title), ("Мероприятия", .title), ("Содержание деятельности", .title),
            ("Сроки", .when), ("Дата проведения", .when), ("Период реализации", .when),
            ("Ответственные", .responsible), ("Исполнители", .responsible),
            ("Ожидаемый результат", .result), ("Показатели", .result), ("Продукт", .result),
            ("ОО", .school), ("Наименование ОО", .school), ("Образовательная организация", .school),
            ("Ответственный от ОО, должность", .schoolResponsible),
            ("ФИО куратора, должность", .curators), ("ФИО, должность методиста РМА", .methodists),
            ("Ответственный исполнитель", .responsible), ("Срок исполнения", .when)
        ] as [(String, ColumnRole)])
    func captionsAreRecognised(_ caption: String, _ role: ColumnRole) {
        #expect(ColumnRole.recognise(caption) == role)
    }

    @Test(arguments: ["Примечание", "", "Подпись"])
    func otherCaptionsAreNot(_ caption: String) {
        #expect(ColumnRole.recognise(caption) == nil)
    }
}
