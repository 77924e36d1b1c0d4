"""The completeness check: answers → findings.

STUB: the real checker replaces ``check_notice``'s body; ``Finding`` and the signature are
the contract for the wizard's review step, the dashboard and the publisher.
"""

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    code: str  # stable rule id, e.g. "purpose_without_basis"
    severity: Severity  # an error blocks publishing, a warning does not
    step: str  # the wizard step that fixes it (notices.content.steps.STEP_KEYS)
    message_fi: str
    message_en: str
    language: str = ""  # set when the finding concerns one output language only

    def message(self, language: str) -> str:
        return self.message_fi if language == "fi" else self.message_en


def check_notice(*, answers: dict, controller: dict) -> list[Finding]:
    findings = []
    if not answers.get("purposes"):
        findings.append(
            Finding("no_purposes", "error", "purposes", "Lisää vähintään yksi käsittelyn tarkoitus.", "Add at least one purpose of processing.")
        )
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
