/// `data/schema.json`: JSON Schema (2020-12) of `data/site.json` and `data/roadmaps/<slug>.json`.
/// Versioned with `OpenData.version`: a program can check `version` before it reads.
enum DataSchema {
    static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "schema.json",
          "title": "Открытые данные karta: дорожные карты «500+»",
          "description": "data/site.json — сайт целиком; data/roadmaps/<slug>.json — дорожная карта со всеми мероприятиями. Статусы — на дату as_of.",
          "anyOf": [{"$ref": "#/$defs/site"}, {"$ref": "#/$defs/roadmap"}],
          "$defs": {
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "optionalText": {"type": ["string", "null"]},
            "period": {
              "type": "object", "additionalProperties": false, "required": ["from", "to", "text"],
              "properties": {"from": {"$ref": "#/$defs/date"}, "to": {"$ref": "#/$defs/date"}, "text": {"type": "string"}}
            },
            "progress": {
              "type": "object", "additionalProperties": false,
              "required": ["total", "done", "in_progress", "planned", "overdue", "cancelled", "percent"],
              "properties": {
                "total": {"type": "integer", "minimum": 0}, "done": {"type": "integer", "minimum": 0},
                "in_progress": {"type": "integer", "minimum": 0}, "planned": {"type": "integer", "minimum": 0},
                "overdue": {"type": "integer", "minimum": 0}, "cancelled": {"type": "integer", "minimum": 0},
                "percent": {"type": "integer", "minimum": 0, "maximum": 100}
              }
            },
            "schedule": {
              "description": "Как понят срок: kind — вид, intervals — дни (для recurring и whole-period — окно), recurrence — повторение.",
              "type": "object", "additionalProperties": false, "required": ["kind", "intervals"],
              "properties": {
                "kind": {"enum": ["dates", "deadline", "whole-period", "recurring", "by-schedule", "unknown"]},
                "intervals": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false, "required": ["from", "to"],
                  "properties": {"from": {"$ref": "#/$defs/date"}, "to": {"$ref": "#/$defs/date"}}
                }},
                "recurrence": {
                  "type": "object", "additionalProperties": false, "required": ["frequency", "times"],
                  "properties": {
                    "frequency": {"enum": ["daily", "weekly", "monthly", "quarterly", "term", "half-year", "yearly", "every-weeks", "as-needed"]},
                    "times": {"type": "integer", "minimum": 1},
                    "weekdays": {"type": "array", "items": {"enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}},
                    "every_weeks": {"type": "object", "additionalProperties": false, "required": ["min", "max"],
                                    "properties": {"min": {"type": "integer"}, "max": {"type": "integer"}}}
                  }
                }
              }
            },
            "measure": {
              "type": "object", "additionalProperties": false,
              "required": ["id", "anchor", "title", "when", "schedule", "responsible", "result", "status", "state", "done", "schools", "evidence", "page"],
              "properties": {
                "id": {"$ref": "#/$defs/optionalText"},
                "anchor": {"type": "string"},
                "title": {"type": "string"},
                "when": {"$ref": "#/$defs/optionalText"},
                "schedule": {"$ref": "#/$defs/schedule"},
                "responsible": {"$ref": "#/$defs/optionalText"},
                "result": {"$ref": "#/$defs/optionalText"},
                "status": {"description": "Как записано в содержимом.", "enum": ["planned", "in-progress", "done", "cancelled"]},
                "state": {"description": "На дату as_of: запланированное с прошедшим сроком — overdue.",
                          "enum": ["planned", "in-progress", "done", "cancelled", "overdue"]},
                "done": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
                "schools": {"type": "array", "items": {"type": "string"}},
                "evidence": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false, "required": ["title", "href"],
                  "properties": {"title": {"type": "string"}, "href": {"type": "string"}}
                }},
                "page": {"type": "string"}
              }
            },
            "site": {
              "type": "object", "additionalProperties": false,
              "required": ["$schema", "version", "title", "organization", "region", "municipality", "as_of", "roadmaps", "schools", "orders",
                "meetings"],
              "properties": {
                "$schema": {"type": "string"}, "version": {"const": 3},
                "title": {"type": "string"}, "organization": {"$ref": "#/$defs/optionalText"},
                "region": {"$ref": "#/$defs/optionalText"}, "municipality": {"$ref": "#/$defs/optionalText"},
                "as_of": {"$ref": "#/$defs/date"},
                "roadmaps": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["slug", "title", "level", "period", "progress", "page", "data", "calendar", "table"],
                  "properties": {
                    "slug": {"type": "string"}, "title": {"type": "string"},
                    "level": {"enum": ["regional", "municipal", "school"]}, "period": {"$ref": "#/$defs/period"},
                    "progress": {"$ref": "#/$defs/progress"}, "page": {"type": "string"}, "data": {"type": "string"},
                    "calendar": {"type": "string"}, "table": {"type": "string"}
                  }
                }},
                "schools": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["slug", "name", "short_name", "municipality", "joined", "roadmaps", "progress", "page", "calendar"],
                  "properties": {
                    "slug": {"type": "string"}, "name": {"type": "string"}, "short_name": {"$ref": "#/$defs/optionalText"},
                    "municipality": {"$ref": "#/$defs/optionalText"}, "joined": {"type": ["integer", "null"]},
                    "roadmaps": {"type": "array", "items": {"type": "string"}}, "progress": {"$ref": "#/$defs/progress"},
                    "page": {"type": "string"}, "calendar": {"type": "string"}
                  }
                }},
                "orders": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false, "required": ["slug", "kind", "number", "date", "title", "page"],
                  "properties": {
                    "slug": {"type": "string"}, "kind": {"type": "string"}, "number": {"$ref": "#/$defs/optionalText"},
                    "date": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]}, "title": {"type": "string"}, "page": {"type": "string"}
                  }
                }},
                "meetings": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["slug", "kind", "title", "number", "date", "page", "decisions"],
                  "properties": {
                    "slug": {"type": "string"}, "kind": {"type": "string"}, "title": {"type": "string"},
                    "number": {"$ref": "#/$defs/optionalText"}, "date": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
                    "page": {"type": "string"}, "decisions": {"type": "array", "items": {"$ref": "#/$defs/decision"}}
                  }
                }}
              }
            },
            "decision": {
              "type": "object", "additionalProperties": false,
              "required": ["number", "text", "responsible", "due", "status", "state", "done", "roadmap", "measure", "schools"],
              "properties": {
                "number": {"description": "Номер в протоколе: «1.2.».", "type": "string"}, "text": {"type": "string"},
                "responsible": {"$ref": "#/$defs/optionalText"}, "due": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
                "status": {"enum": ["planned", "in-progress", "done", "cancelled"]},
                "state": {"description": "На дату as_of.", "enum": ["done", "in-progress", "planned", "overdue", "cancelled"]},
                "done": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]}, "roadmap": {"$ref": "#/$defs/optionalText"},
                "measure": {"$ref": "#/$defs/optionalText"}, "schools": {"type": "array", "items": {"type": "string"}}
              }
            },
            "roadmap": {
              "type": "object", "additionalProperties": false,
              "required": ["$schema", "version", "slug", "title", "level", "issuer", "period", "as_of", "approved_by", "schools", "progress",
                "rounds", "indicators", "stages"],
              "properties": {
                "$schema": {"type": "string"}, "version": {"const": 3},
                "slug": {"type": "string"}, "title": {"type": "string"}, "level": {"enum": ["regional", "municipal", "school"]},
                "issuer": {"$ref": "#/$defs/optionalText"}, "period": {"$ref": "#/$defs/period"}, "as_of": {"$ref": "#/$defs/date"},
                "approved_by": {"$ref": "#/$defs/optionalText"}, "schools": {"type": "array", "items": {"type": "string"}},
                "progress": {"$ref": "#/$defs/progress"},
                "rounds": {"description": "Даты таблиц мониторинга (не позже as_of); первая — базовая.",
                  "type": "array", "items": {"$ref": "#/$defs/date"}},
                "indicators": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false,
                  "required": ["id", "title", "unit", "better", "target", "by", "schools"],
                  "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"}, "unit": {"$ref": "#/$defs/optionalText"},
                    "better": {"enum": ["higher", "lower"]}, "target": {"type": ["number", "null"]},
                    "by": {"oneOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
                    "schools": {"type": "array", "items": {
                      "type": "object", "additionalProperties": false, "required": ["school", "target", "values"],
                      "properties": {
                        "school": {"type": "string"}, "target": {"type": ["number", "null"]},
                        "values": {"description": "По одному на дату из rounds; null — нет данных.",
                          "type": "array", "items": {"type": ["number", "null"]}}
                      }
                    }}
                  }
                }},
                "stages": {"type": "array", "items": {
                  "type": "object", "additionalProperties": false, "required": ["title", "when", "progress", "measures"],
                  "properties": {
                    "title": {"$ref": "#/$defs/optionalText"}, "when": {"$ref": "#/$defs/optionalText"},
                    "progress": {"$ref": "#/$defs/progress"}, "measures": {"type": "array", "items": {"$ref": "#/$defs/measure"}}
                  }
                }}
              }
            }
          }
        }

        """#
}
