"""What preflight reports: findings with a code, a message in words and where they are."""
from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    where: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "where": dict(self.where)}

    def __str__(self) -> str:
        place = ", ".join(f"{k} {v}" for k, v in self.where.items() if k in ("page", "frame", "story", "photo"))
        return f"{self.severity}: {self.message}" + (f" [{place}]" if place else "")


@dataclass
class Report:
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        (self.errors if finding.severity == ERROR else self.warnings).append(finding)

    @property
    def exit_code(self) -> int:
        return 2 if self.errors else (1 if self.warnings else 0)

    def to_json(self) -> dict:
        return {"errors": [f.to_json() for f in self.errors], "warnings": [f.to_json() for f in self.warnings]}
