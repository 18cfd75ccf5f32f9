// oversight: the report part. Decisions rendered for people (plain text, Markdown with ELI
// links) and for tools (JSON of schema "oversight.decision/1", see docs/report.md), canonical
// decision records with a SHA-256 content hash for audit, and policies as Markdown for legal
// review. Everything here allocates and is never included by the evaluation path.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/report/decision_json.hpp>
#include <oversight/report/json.hpp>
#include <oversight/report/record.hpp>
#include <oversight/report/sha256.hpp>
#include <oversight/report/text.hpp>
