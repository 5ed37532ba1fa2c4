"""The review sheet: a YAML file an officer edits instead of writing Python.

:func:`export_sheet` writes, for every criterion, the current (reviewed) level,
an empty or current justification and an «accepted» flag, with the criterion's
title, automatic level and evidence as comments. :func:`apply_sheet` checks the
whole sheet first — every error as ``ark.yaml:14: kriteriet «bolig.husbanken»:
nivå må være 0–3`` — and changes the case only when there is none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ReviewError
from ..models import LEVEL_NAMES
from .errors import CaseLockedError, ReviewSheetError
from .model import PLAN_TARGET, STATUS_NAMES, Case

SHEET_KEYS = ("sak", "revisjon", "saksbehandler", "kommentar", "temaer")
THEME_KEYS = ("kommentar", "kriterier")
CRITERION_KEYS = ("nivå", "begrunnelse", "godkjent")


_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters YAML does not allow in a file (PDF text sometimes carries them)."""


def _quote(text: str | None) -> str:
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(_NOT_YAML.sub("", text or ""), ensure_ascii=False)


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(_NOT_YAML.sub("", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def export_sheet(case: Case) -> str:
    """The review sheet for ``case`` as YAML text."""
    reviewed = case.reviewed_assessment()
    lines = [
        f"# Vurderingsark for saken «{case.id}» – {case.plan.municipality or case.plan.name}",
        f"# Plan: {case.plan.name} (SHA-256 {(case.plan.sha256 or '?')[:12]}…), "
        f"kriterieversjon {case.assessment.criteria_version}, status: {STATUS_NAMES[case.status]}",
        "#",
        "# Slik fyller du ut arket:",
        "#   nivå: 0 ikke omtalt, 1 omtalt, 2 mål/strategi, 3 konkret tiltak.",
        "#   begrunnelse: påkrevd når du endrer nivået.",
        "#   godkjent: true når du godtar nivået slik det står.",
        "#   kommentar: en merknad til temaet eller (øverst) til hele planen.",
        "# Les arket inn med: planvurdering review apply SAK ARK.yaml",
        "",
        f"sak: {_quote(case.id)}",
        f"revisjon: {case.revision}",
        f"saksbehandler: {_quote('')}",
        f"kommentar: {_quote('')}",
        "temaer:",
    ]
    for theme in reviewed.themes.values():
        lines += [
            "",
            f"  # {theme.title.nb} – nivå {theme.level}, poeng {theme.score:.0f}"
            + ("" if theme.applies else " (vurderes ikke for denne plantypen)"),
        ]
        lines += [
            f"  # kommentar fra {c.by}: {_one_line(c.text)}" for c in case.comments_on(theme.id)
        ]
        lines += [f"  {theme.id}:", f"    kommentar: {_quote('')}", "    kriterier:"]
        for result in theme.criteria:
            auto = case.criterion(result.id).level
            lines.append(f"      # {result.title}")
            lines.append(
                f"      # Automatisk nivå: {auto} ({LEVEL_NAMES[auto]['nb']}), "
                f"sikkerhet {result.confidence:.2f}"
            )
            if result.override is not None:
                lines.append(
                    f"      # Overstyrt av {result.override.by} "
                    f"{result.override.at:%d.%m.%Y}: nivå {result.level}"
                )
            if result.id in case.review.fresh_look:
                flag = case.review.fresh_look[result.id]
                lines.append(f"      # SE PÅ NYTT: {flag.reason}")
                lines.append(
                    f"      # (tidligere overstyrt til {flag.override.level}: "
                    f"{_one_line(flag.override.justification)})"
                )
            for evidence in case.criterion(result.id).evidence:
                lines.append(
                    f"      # Belegg s. {evidence.page_label} (nivå {evidence.level}): "
                    f"«{_one_line(evidence.text)}»"
                )
            if not case.criterion(result.id).evidence:
                lines.append("      # Belegg: ingen funnet i planen.")
            justification = result.override.justification if result.override else ""
            accepted = result.id in case.review.accepted
            lines += [
                f"      {result.id}:",
                f"        nivå: {result.level}",
                f"        begrunnelse: {_quote(justification)}",
                f"        godkjent: {'true' if accepted else 'false'}",
            ]
    return "\n".join(lines) + "\n"


@dataclass
class _Reader:
    """Walks the composed YAML nodes, collecting ``file:line: message`` problems."""

    name: str
    problems: list[str]

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(f"{self.name}:{node.start_mark.line + 1}: {message}")

    def value(self, node: yaml.Node) -> Any:
        return yaml.SafeLoader("").construct_object(node, deep=True)

    def mapping(
        self, node: yaml.Node, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping's entries by key (key node, value node); problems for other keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what}: ventet en oppslagsliste (nøkkel: verdi)")
            return {}
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = str(self.value(key_node))
            if allowed and key not in allowed:
                self.problem(
                    key_node, f"{what}: ukjent felt «{key}» (kjente felt: {', '.join(allowed)})"
                )
                continue
            if key in entries:
                self.problem(key_node, f"{what}: «{key}» står to ganger")
            entries[key] = (key_node, value_node)
        return entries

    def text(self, entries: dict[str, tuple[yaml.Node, yaml.Node]], key: str, what: str) -> str:
        if key not in entries:
            return ""
        node = entries[key][1]
        value = self.value(node)
        if value is None:
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.problem(node, f"{what}: «{key}» må være tekst")
            return ""
        return str(value).strip()


@dataclass
class _Change:
    criterion: str
    level: int | None
    justification: str
    accept: bool


def apply_sheet(case: Case, sheet: str | Path, *, by: str | None = None) -> list[str]:
    """Check the review sheet ``sheet`` and apply it to ``case`` (in memory; save it after).

    Args:
        case: the case the sheet was exported from.
        sheet: the edited YAML file.
        by: the officer; default the sheet's ``saksbehandler``.

    Returns:
        One Norwegian line per change made (empty when the sheet changed nothing).

    Raises:
        ReviewSheetError: the sheet has errors (``problems`` lists each with file
            and line); the case is left unchanged.
        CaseLockedError: the case is finished.
    """
    path = Path(sheet)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ReviewSheetError(f"Kan ikke lese vurderingsarket «{path}»: {e}.", path=path) from e
    reader = _Reader(path.name, [])
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        position = getattr(e, "position", None)
        if mark is not None:
            line = f":{mark.line + 1}"
        elif isinstance(position, int):
            line = f":{text.count(chr(10), 0, position) + 1}"
        else:
            line = ""
        problem = getattr(e, "problem", None) or str(e)
        raise ReviewSheetError(
            f"{path.name}{line}: arket er ikke gyldig YAML ({problem}).", path=path
        ) from e
    if root is None:
        raise ReviewSheetError(f"{path.name}: vurderingsarket er tomt.", path=path)
    if case.locked:
        raise CaseLockedError(
            f"Saken {case.where} er ferdig og låst; gjenåpne den før du leser inn «{path.name}».",
            path=path,
        )
    top = reader.mapping(root, SHEET_KEYS, "arket")
    if "sak" in top and reader.value(top["sak"][1]) != case.id:
        reader.problem(
            top["sak"][1], f"arket gjelder saken «{reader.value(top['sak'][1])}», ikke «{case.id}»"
        )
    if "revisjon" in top:
        revision = reader.value(top["revisjon"][1])
        if revision != case.revision:
            reader.problem(
                top["revisjon"][1],
                f"arket er laget fra revisjon {revision}, men saken er nå revisjon "
                f"{case.revision}; eksporter et nytt ark",
            )
    officer = (by or "").strip() or reader.text(top, "saksbehandler", "arket")
    if not officer:
        node = top["saksbehandler"][1] if "saksbehandler" in top else root
        reader.problem(node, "saksbehandler mangler: skriv navnet ditt (eller bruk --by)")
    comments = {PLAN_TARGET: reader.text(top, "kommentar", "arket")}
    changes: list[_Change] = []
    themes = reader.mapping(top["temaer"][1], (), "temaer") if "temaer" in top else {}
    for theme_id, (key_node, theme_node) in themes.items():
        if theme_id not in case.assessment.themes:
            reader.problem(key_node, f"ukjent tema «{theme_id}»")
            continue
        theme = reader.mapping(theme_node, THEME_KEYS, f"temaet «{theme_id}»")
        comments[theme_id] = reader.text(theme, "kommentar", f"temaet «{theme_id}»")
        listed = (
            reader.mapping(theme["kriterier"][1], (), "kriterier") if "kriterier" in theme else {}
        )
        own = {c.id for c in case.assessment.themes[theme_id].criteria}
        for cid, (cid_node, node) in listed.items():
            if cid not in own:
                reader.problem(cid_node, f"temaet «{theme_id}» har ikke kriteriet «{cid}»")
                continue
            changes.append(_read_criterion(reader, case, cid, node))
    if reader.problems:
        count = len(reader.problems)
        raise ReviewSheetError(
            f"Vurderingsarket «{path}» har {count} feil, og ingenting er endret:\n"
            + "\n".join(reader.problems),
            path=path,
            problems=reader.problems,
        )
    return _apply(case, changes, comments, officer)


def _read_criterion(reader: _Reader, case: Case, cid: str, node: yaml.Node) -> _Change:
    what = f"kriteriet «{cid}»"
    entries = reader.mapping(node, CRITERION_KEYS, what)
    level: int | None = None
    if "nivå" in entries:
        level_node = entries["nivå"][1]
        value = reader.value(level_node)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
            reader.problem(level_node, f"{what}: nivå må være 0–3")
        else:
            level = value
    justification = reader.text(entries, "begrunnelse", what)
    accept = False
    if "godkjent" in entries:
        value = reader.value(entries["godkjent"][1])
        if not isinstance(value, bool):
            reader.problem(entries["godkjent"][1], f"{what}: godkjent må være true eller false")
        accept = value is True
    current = case.level(cid)
    if level is not None and level != current and not justification:
        where = entries["nivå"][1]
        reader.problem(
            where, f"{what}: nivået er endret fra {current} til {level}, men begrunnelse mangler"
        )
    return _Change(cid, level, justification, accept)


def _apply(case: Case, changes: list[_Change], comments: dict[str, str], by: str) -> list[str]:
    done: list[str] = []
    try:
        for change in changes:
            cid = change.criterion
            override = case.review.overrides.get(cid)
            auto = case.criterion(cid).level
            if change.level is not None and change.level != case.level(cid):
                if change.level == auto and override is not None:
                    case.clear_override(cid, change.justification, by=by)
                    done.append(f"«{cid}»: tilbake til automatisk nivå {auto}")
                else:
                    case.override(cid, change.level, change.justification, by=by)
                    done.append(f"«{cid}»: nivå {change.level} (overstyrt)")
            elif (
                override is not None
                and change.justification
                and change.justification != override.justification
            ):
                case.override(cid, override.level, change.justification, by=by)
                done.append(f"«{cid}»: ny begrunnelse")
            accepted = case.review.accepted.get(cid)
            if change.accept and (accepted is None or accepted.level != case.level(cid)):
                case.accept(cid, by=by)
                done.append(f"«{cid}»: godtatt på nivå {case.level(cid)}")
        for target, text in comments.items():
            earlier = case.comments_on(target)
            if text and (not earlier or earlier[-1].text != text):
                case.comment(text, by=by, theme=None if target == PLAN_TARGET else target)
                done.append(f"kommentar til {'planen' if target == PLAN_TARGET else target}")
    except ReviewError as e:  # checked above; a failure here is a bug, not a user error
        raise RuntimeError(f"Vurderingsarket ble godtatt, men kunne ikke brukes: {e}") from e
    return done


def write_sheet(case: Case, path: str | Path) -> Path:
    """Write :func:`export_sheet` of ``case`` to ``path`` (atomically)."""
    from .store import write_atomically

    target = Path(path)
    write_atomically(target, export_sheet(case).encode("utf-8"))
    return target
