"""planvurdering — vurderer kommunale planer mot «Innvandring som ressurs for Norge».

Reads a municipal plan, grades it against criteria drawn from the handbook,
adds the county's statistics and writes the county's consultation response
(høringsuttalelse)::

    import planvurdering as pv
    plan = pv.read_plan("plan.pdf")
    result = pv.assess(plan, pv.load_criteria(), county="46")
    pv.write_response(result, "hoeringsuttalelse.pdf", municipality="Stryn kommune")
    print(result.to_json())

Reviews, cases and batches: :mod:`planvurdering.cases` and :func:`assess_many`.
"""

from ._version import __version__
from .analysis import assess
from .batch import assess_many
from .criteria import Criteria, Criterion, load_criteria
from .errors import (
    CriteriaError,
    PlanReadError,
    PlanvurderingError,
    RenderError,
    ReviewError,
    StatisticsError,
)
from .models import (
    Assessment,
    CriterionResult,
    Evidence,
    Page,
    Plan,
    Statistics,
    ThemeResult,
)
from .reading import read_plan
from .rendering import write_response, write_self_assessment
from .statistics import county_statistics

__all__ = [
    "Assessment",
    "Criteria",
    "CriteriaError",
    "Criterion",
    "CriterionResult",
    "Evidence",
    "Page",
    "Plan",
    "PlanReadError",
    "PlanvurderingError",
    "RenderError",
    "ReviewError",
    "Statistics",
    "StatisticsError",
    "ThemeResult",
    "__version__",
    "assess",
    "assess_many",
    "county_statistics",
    "load_criteria",
    "read_plan",
    "write_response",
    "write_self_assessment",
]
