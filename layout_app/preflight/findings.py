"""What preflight reports: findings with a code, a message in words and where they are. The message
names things as the page editor does (`wording`); `where` keeps the ids, for selecting and for scripts."""
from __future__ import annotations

from dataclasses import dataclass, field

from layout_app.preflight.wording import QT_TRANSLATE_NOOP, Phrase

ERROR, WARNING = "error", "warning"
IDS = ("page", "frame", "story", "photo")
# a finding as the command line says it in the user's language (`Finding.line`); English as str() gives it
SEVERITY = {ERROR: QT_TRANSLATE_NOOP("Preflight", "error"), WARNING: QT_TRANSLATE_NOOP("Preflight", "warning")}
LINE = QT_TRANSLATE_NOOP("Preflight", "{severity}: {place}: {message}")
LINE_NOWHERE = QT_TRANSLATE_NOOP("Preflight", "{severity}: {message}")
# the kinds of id after a finding, in the user's language; the ids themselves as the document has them
ID_KINDS = {"page": QT_TRANSLATE_NOOP("Preflight", "page"), "frame": QT_TRANSLATE_NOOP("Preflight", "frame"),
            "story": QT_TRANSLATE_NOOP("Preflight", "story"), "photo": QT_TRANSLATE_NOOP("Preflight", "photo")}
ID_JOIN = QT_TRANSLATE_NOOP("Preflight", ", ")
SUMMARY = QT_TRANSLATE_NOOP("Preflight", "{path}: {errors} error(s), {warnings} warning(s)")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str                       # in English, as `text` renders it
    where: dict = field(default_factory=dict)
    text: Phrase | None = None         # the message to translate
    place: Phrase | None = None        # 第 N 版第 c 栏第 l 行 (page, column, line), filled in by `preflight`

    def words(self, translate=str) -> str:
        return self.text.render(translate) if self.text is not None else self.message

    def to_json(self) -> dict:
        out = {"code": self.code, "message": self.message, "where": dict(self.where)}
        if self.place is not None:
            out["place"] = self.place.render()
        return out

    def __str__(self) -> str:
        return self.line()

    def line(self, translate=str) -> str:
        """One line for the command line: severity, place and words in the language `translate` gives,
        then the ids (for finding the frame: the ids as the document spells them)."""
        ids = translate(ID_JOIN).join(f"{translate(ID_KINDS[k])} {v}" for k, v in self.where.items()
                                      if k in IDS and v is not None)
        severity = translate(SEVERITY.get(self.severity, self.severity))
        if self.place is not None:
            said = translate(LINE).format(severity=severity, place=self.place.render(translate), message=self.words(translate))
        else:
            said = translate(LINE_NOWHERE).format(severity=severity, message=self.words(translate))
        return said + (f" [{ids}]" if ids else "")


def finding(code: str, severity: str, text: Phrase, where: dict) -> Finding:
    return Finding(code, severity, text.render(), where, text)


@dataclass
class Report:
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        (self.errors if finding.severity == ERROR else self.warnings).append(finding)

    @property
    def exit_code(self) -> int:
        return 2 if self.errors else (1 if self.warnings else 0)

    def summary(self, path, translate=str) -> str:
        return translate(SUMMARY).format(path=path, errors=len(self.errors), warnings=len(self.warnings))

    def to_json(self) -> dict:
        return {"errors": [f.to_json() for f in self.errors], "warnings": [f.to_json() for f in self.warnings]}
