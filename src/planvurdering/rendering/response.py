"""Writing the consultation response (høringsuttalelse) as PDF, HTML or Markdown."""

from __future__ import annotations

import base64
import dataclasses
import datetime
import mimetypes
import os
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO, Literal, TypeVar

import jinja2
from markupsafe import Markup

from .._files import write_atomically
from ..errors import RenderError
from ..models import Assessment, Language
from .context import Checklist, Letter, build_checklist, build_letter
from .fetcher import SafeURLFetcher
from .profile import CountyProfile, load_profile
from .texts import ERRORS, PHRASES

Format = Literal["pdf", "html", "md"]

PDF_VARIANT = "pdf/a-3a"
"""PDF/A-3a: archivable (Noark 5), tagged, fonts embedded. PDF/A-2 does not allow
the JSON attachment (WeasyPrint drops non-PDF attachments for PDF/A-2), PDF/A-3
does, with an ``AFRelationship``."""

ATTACHMENT_NAME = "vurdering.json"

FORMATS: tuple[Format, ...] = ("pdf", "html", "md")

Document = TypeVar("Document", Letter, Checklist)


def package_folder(name: str) -> Path:
    """A folder shipped inside this package (``templates`` or ``fonts``)."""
    # The wheel is installed unpacked, so the resource is a real folder on disk.
    return Path(str(files(__package__ or "planvurdering.rendering").joinpath(name)))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(#|[-+](?=\s))")
_MARKDOWN_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s)")


def escape_markdown(value: object) -> str:
    """``value`` as Markdown text that renders as itself, never as HTML or markup.

    ``&``, ``<`` and ``>`` become entities (so ``<script>`` or ``<img …>`` in a
    plan cannot inject HTML when a case system renders the Markdown); emphasis,
    link, code and table characters get a backslash; a heading or list marker at
    the start is escaped. Line breaks become spaces: every value stays on its line.
    """
    if value is None:
        return ""
    if isinstance(value, Markup):  # already safe markup (the SVG chart): not for Markdown
        return ""
    text = _LINE_BREAKS.sub(" ", str(value))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _MARKDOWN_LINE_START.sub(r"\1\\\2", text)
    return _MARKDOWN_ORDERED.sub(r"\1\\\2", text)


def _environment(template_dir: Path | None, *, markdown: bool) -> jinja2.Environment:
    folders = [str(package_folder("templates"))]
    if template_dir is not None:
        folders.insert(0, str(template_dir))
    if markdown:
        return jinja2.Environment(
            loader=jinja2.FileSystemLoader(folders),
            autoescape=False,
            finalize=escape_markdown,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _render_template(
    content: Letter | Checklist, *, template: str, template_dir: Path | None, pdf: bool
) -> str:
    try:
        env = _environment(template_dir, markdown=template.endswith(".md.j2"))
        return env.get_template(template).render(letter=content, t=content.t, pdf=pdf)
    except jinja2.TemplateError as e:
        folder = template_dir or package_folder("templates")
        raise RenderError(
            ERRORS["template"].format(template=template, folder=folder, reason=e),
            path=folder,
        ) from e


def _check_arguments(path: str | Path, format: str, language: str | None) -> Path:
    """The target path, once the format, the language and the target folder are known good."""
    target = Path(path)
    if format not in FORMATS:
        raise RenderError(ERRORS["format"].format(format=format, path=target), path=target)
    if language not in PHRASES:
        raise RenderError(ERRORS["language"].format(language=language))
    if not target.parent.is_dir():
        raise RenderError(
            ERRORS["no_folder"].format(folder=target.parent, path=target), path=target
        )
    return target


def _write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` atomically; a failure to write is a :class:`RenderError`."""
    try:
        write_atomically(path, write, mode=0o666)
    except OSError as e:
        raise RenderError(
            ERRORS["not_writable"].format(path=path, reason=e.strerror or e), path=path
        ) from e


def _data_url(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def write_response(
    assessment: Assessment,
    path: str | Path,
    *,
    municipality: str | None = None,
    county: str | None = None,
    case_ref: str | None = None,
    their_ref: str | None = None,
    their_date: str | datetime.date | None = None,
    officer: str | None = None,
    officer_title: str | None = None,
    language: Language | None = None,
    date: datetime.date | None = None,
    format: Format = "pdf",
    template_dir: Path | None = None,
    logo: Path | None = None,
    profile: str | Path | CountyProfile | None = None,
) -> Path:
    """Write the county's consultation response (høringsuttalelse) to ``assessment``.

    Arguments:
        assessment: the (reviewed) assessment of the plan.
        path: the file to write; its folder must exist. Written atomically.
        municipality: the recipient, e.g. "Stryn kommune"; default: the plan's
            municipality (" kommune" is added when missing).
        county: the sender, e.g. "Vestland fylkeskommune"; default: the county of
            ``assessment.statistics`` + " fylkeskommune".
        case_ref, their_ref, their_date: "Vår referanse", "Deres referanse",
            "Deres dato".
        officer, officer_title: "Saksbehandler", and the name and title under
            "Med hilsen".
        language: "nb" (Bokmål) or "nn" (Nynorsk); the whole letter is in it.
            Default: the profile's language, else "nb".
        date: "Vår dato"; default today.
        format: "pdf" (PDF/A-3a, tagged, with the assessment JSON attached as
            "vurdering.json"), "html", or "md" (Markdown for a case system).
        template_dir: a folder with the county's own ``response.html.j2``,
            ``response.css``, ``response.md.j2`` …; files it lacks come from the
            shipped templates.
        logo: an image file for the letterhead.
        profile: the county profile (a YAML or TOML file, or a loaded
            :class:`~.profile.CountyProfile`) with the county's name, address,
            e-mail, phone, officer, officer title, logo, language and template
            folder; the arguments above win over it. See ``docs/response.md``.

    Returns:
        The path written.

    Raises:
        RenderError: the folder does not exist or is not writable, the county
            or municipality is unknown, the profile is bad (the message names
            its file and field), a template is broken, or WeasyPrint failed.
    """
    if profile is not None and not isinstance(profile, CountyProfile):
        profile = load_profile(profile)
    county_profile = profile or CountyProfile()
    language = language or county_profile.language or "nb"
    target = _check_arguments(path, format, language)
    logo = logo or county_profile.logo
    template_dir = template_dir or county_profile.template_dir
    if logo is not None and not logo.is_file():
        raise RenderError(ERRORS["logo"].format(path=logo), path=logo)

    t = PHRASES[language]
    contact = [
        f"{t[key]}: {value}"
        for key, value in (("email", county_profile.email), ("phone", county_profile.phone))
        if value
    ]
    letter = build_letter(
        assessment,
        language=language,
        municipality=municipality,
        county=county or county_profile.county,
        case_ref=case_ref,
        their_ref=their_ref,
        their_date=their_date,
        officer=officer or county_profile.officer,
        officer_title=officer_title or county_profile.officer_title,
        date=date,
        address=county_profile.address,
        contact=contact,
    )
    return _publish(letter, "response", assessment, target, format, template_dir, logo)


def write_self_assessment(
    assessment: Assessment,
    path: str | Path,
    *,
    language: Language = "nb",
    format: Format = "pdf",
    template_dir: Path | None = None,
) -> Path:
    """Write the self-assessment checklist (sjekkliste) for the plan's authors.

    One table per theme, one row per criterion: its status (level), the
    evidence found in the plan with page numbers, and what to add (the
    criterion's advice, for criteria below level 3). Same formats, languages,
    templates and errors as :func:`write_response`; the templates are
    ``self_assessment.html.j2`` and ``self_assessment.md.j2``.
    """
    target = _check_arguments(path, format, language)
    checklist = build_checklist(assessment, language=language)
    return _publish(checklist, "self_assessment", assessment, target, format, template_dir, None)


def _publish(
    content: Document,
    kind: str,
    assessment: Assessment,
    target: Path,
    format: Format,
    template_dir: Path | None,
    logo: Path | None,
) -> Path:
    """Render ``content`` with the ``kind`` template in ``format`` and write ``target``."""
    if format == "pdf":
        content = dataclasses.replace(
            content,
            fonts_url=package_folder("fonts").resolve().as_uri(),
            logo_url=logo.resolve().as_uri() if logo else None,
        )
    elif format == "html" and logo is not None:
        content = dataclasses.replace(content, logo_url=_data_url(logo))

    template = f"{kind}.{'md' if format == 'md' else 'html'}.j2"
    text = _render_template(
        content, template=template, template_dir=template_dir, pdf=format == "pdf"
    )
    if format == "pdf":
        description = content.t["attachment_description"]
        _write_atomically(
            target,
            lambda out: _write_pdf(text, out, assessment, target, template_dir, logo, description),
        )
    else:
        _write_atomically(target, lambda out: out.write(text.encode("utf-8")))
    return target


def _write_pdf(
    html: str,
    out: BinaryIO,
    assessment: Assessment,
    target: Path,
    template_dir: Path | None,
    logo: Path | None,
    description: str,
) -> None:
    import weasyprint

    templates = package_folder("templates")
    folders = [templates, package_folder("fonts")]
    if template_dir is not None:
        folders.append(template_dir)
    fetcher = SafeURLFetcher(folders, [logo] if logo else [])
    try:
        document = weasyprint.HTML(
            string=html, base_url=str(template_dir or templates) + os.sep, url_fetcher=fetcher
        )
        attachment = weasyprint.Attachment(
            string=assessment.to_json(),
            name=ATTACHMENT_NAME,
            description=description,
            relationship="Data",
            url_fetcher=fetcher,
        )
        document.write_pdf(out, pdf_variant=PDF_VARIANT, attachments=[attachment])
    except Exception as e:  # WeasyPrint raises many kinds; the letter must say which file.
        raise RenderError(ERRORS["pdf"].format(path=target, reason=e), path=target) from e
