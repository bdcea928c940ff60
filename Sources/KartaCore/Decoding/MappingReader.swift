import Yams

/// Reads the fields of one YAML mapping, reporting every problem with its location.
struct MappingReader<Key: FieldKey> {
    let node: Node
    let mapping: Node.Mapping
    let context: DecodingContext
    /// The field path for messages, e.g. `stages[1].events[3]`.
    let path: String
    /// Values by key, built once: looking up `Node` keys in Yams compares tags and is slow.
    private let values: [String: Node]

    /// Fails (and reports a wrong type) when `node` is not a mapping.
    init?(_ node: Node, context: DecodingContext, path: String) {
        guard case .mapping(let mapping) = node else {
            context.report(
                .wrongType(
                    field: path.isEmpty ? "заголовок" : path,
                    expected: "набор полей", found: node.russianKindName), at: node)
            return nil
        }
        self.node = node
        self.mapping = mapping
        self.context = context
        self.path = path
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                // `? [a, b]` or `[a]: x`: YAML allows a list as a key; a field name is text.
                context.report(.complexKey(found: key.russianKindName), at: key)
                continue
            }
            if values[name] != nil {
                context.report(.duplicateKey(name), at: key)
            } else {
                values[name] = value
                if Key(rawValue: name) == nil {
                    let known = Key.allCases.map(\.rawValue)
                    context.report(.unknownKey(name, suggestion: NearestWord.find(name, among: known)), at: key)
                }
            }
        }
        self.values = values
    }

    func fieldName(_ key: Key) -> String { path.isEmpty ? key.rawValue : "\(path).\(key.rawValue)" }

    /// The value of `key`, nil when absent or null.
    func value(_ key: Key) -> Node? {
        guard let value = values[key.rawValue], !value.isNull else { return nil }
        return value
    }

    func location(_ key: Key) -> SourceLocation {
        context.location(value(key) ?? node)
    }

    // MARK: Scalars

    func string(_ key: Key) -> String? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            context.report(.wrongType(field: fieldName(key), expected: "текст", found: node.russianKindName), at: node)
            return nil
        }
        return scalar.string.trimmingSpaces()
    }

    func requiredString(_ key: Key) -> String? {
        guard value(key) != nil else {
            context.report(.missingField(fieldName(key)), at: node)
            return nil
        }
        return string(key)
    }

    func int(_ key: Key) -> Int? {
        guard let text = string(key) else { return nil }
        guard let number = Int(text) else {
            context.report(.invalidNumber(field: fieldName(key), text: text), at: value(key)!)
            return nil
        }
        return number
    }

    /// A value of an indicator: «34,5», «34.5», «34,5 %».
    func number(_ key: Key) -> Double? {
        guard let text = string(key) else { return nil }
        guard let number = IndicatorNumber.parse(text) else {
            context.report(.invalidNumber(field: fieldName(key), text: text), at: value(key)!)
            return nil
        }
        return number
    }

    func date(_ key: Key) -> LocalDate? {
        guard let text = string(key) else { return nil }
        guard let date = LocalDate(parsing: text) else {
            context.report(.invalidDate(field: fieldName(key), text: text), at: value(key)!)
            return nil
        }
        guard Limits.years.contains(date.year) else {
            context.report(.dateOutOfRange(field: fieldName(key), text: text), at: value(key)!)
            return nil
        }
        return date
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: Key, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            context.report(
                .invalidValue(
                    field: fieldName(key), value: text,
                    allowed: T.allCases.map(\.rawValue)), at: self.value(key)!)
            return nil
        }
        return value
    }

    /// The value as a scalar: a number, an id, a text that may also be written as a list of lines.
    func lines(_ key: Key) -> [String] {
        guard let node = value(key) else { return [] }
        if case .scalar(let scalar) = node {
            // One line, the usual case, without splitting by characters.
            guard scalar.string.containsByte(where: { $0 == 10 }) else {
                let line = scalar.string.trimmingSpaces()
                return line.isEmpty ? [] : [line]
            }
            return scalar.string.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        return strings(key)
    }

    // MARK: Lists

    /// - Parameter limit: items past it are reported once and left out (`Limits`).
    func sequence(_ key: Key, limit: Int? = nil) -> [Node] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            context.report(.wrongType(field: fieldName(key), expected: "список", found: node.russianKindName), at: node)
            return []
        }
        if let limit, sequence.count > limit {
            context.report(.tooManyItems(field: fieldName(key), count: sequence.count, limit: limit), at: node)
            return Array(sequence.prefix(limit))
        }
        return Array(sequence)
    }

    func strings(_ key: Key, limit: Int? = nil) -> [String] {
        located(key, limit: limit).map(\.value)
    }

    func located(_ key: Key, limit: Int? = nil) -> [Located<String>] {
        sequence(key, limit: limit).enumerated().compactMap { index, item in
            if item.isNull {
                // «- ~», «- null», a lone «-»: YAML's nothing, not the text «~».
                context.report(.emptyItem(field: "\(fieldName(key))[\(index + 1)]"), at: item)
                return nil
            }
            guard case .scalar(let scalar) = item else {
                context.report(
                    .wrongType(
                        field: "\(fieldName(key))[\(index + 1)]", expected: "текст",
                        found: item.russianKindName), at: item)
                return nil
            }
            return Located(scalar.string.trimmingSpaces(), at: context.location(item))
        }
    }

    func locatedString(_ key: Key) -> Located<String>? {
        guard let text = string(key) else { return nil }
        return Located(text, at: location(key))
    }

    /// Each item of a list of mappings, read with the fields `Item`.
    func mappings<Item>(_ key: Key, as fields: Item.Type, limit: Int? = nil) -> [MappingReader<Item>] {
        sequence(key, limit: limit).enumerated().compactMap { index, item in
            MappingReader<Item>(item, context: context, path: "\(fieldName(key))[\(index + 1)]")
        }
    }

    /// A nested mapping, read with the fields `Nested`.
    func mapping<Nested>(_ key: Key, as fields: Nested.Type) -> MappingReader<Nested>? {
        guard let node = value(key) else { return nil }
        return MappingReader<Nested>(node, context: context, path: fieldName(key))
    }
}
