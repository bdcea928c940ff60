/// The JSON Schema of `karta diff --format json` (`karta diff --schema` prints it). `version`
/// changes when a field is removed or changes meaning; fields may be added within a version.
public enum DiffSchema {
    public static let version = 1

    public static let text = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "karta-diff.schema.json",
          "title": "Изменения содержимого karta (karta diff --format json)",
          "type": "object",
          "required": ["version", "from", "to", "sections"],
          "additionalProperties": false,
          "properties": {
            "version": {"const": \(version), "description": "Версия формата."},
            "from": {"type": "string", "description": "Версия «до»: коммит, ветка, тег."},
            "to": {"type": "string", "description": "Версия «после» или «рабочая копия»."},
            "sections": {
              "type": "array",
              "description": "По дорожной карте на раздел, затем «Школы», «Приказы», \
              «Настройки сайта», «Другие изменения» (файлы, сравниваемые побайтно), «Не прочитано».",
              "items": {
                "type": "object",
                "required": ["title", "changes"],
                "additionalProperties": false,
                "properties": {
                  "title": {"type": "string"},
                  "changes": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["kind", "subject", "details"],
                      "additionalProperties": false,
                      "properties": {
                        "kind": {"enum": ["added", "removed", "changed", "problem"]},
                        "subject": {"type": "string", "description": "Что изменилось: мероприятие, этап, школа, приказ, файл."},
                        "details": {"type": "array", "items": {"type": "string"}, "description": "По строке на изменённое поле."}
                      }
                    }
                  }
                }
              }
            }
          }
        }

        """
}
