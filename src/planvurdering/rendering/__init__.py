"""Writing the consultation response (høringsuttalelse) and the self-assessment.

:func:`write_response` lays out an :class:`~planvurdering.models.Assessment` as
the county's letter to the municipality: PDF/A (tagged, fonts embedded, the
assessment JSON attached), HTML or Markdown, in Bokmål or Nynorsk.
:func:`write_self_assessment` gives plan authors the same assessment as a
checklist. The content is built in :mod:`.context`, the fixed phrases live in
:mod:`.texts`, and the layout in the Jinja2 templates of ``templates/``. A
county's letterhead can come from a profile file (:mod:`.profile`).
"""

from __future__ import annotations

from .profile import CountyProfile, load_profile
from .response import write_response, write_self_assessment

__all__ = ["CountyProfile", "load_profile", "write_response", "write_self_assessment"]
