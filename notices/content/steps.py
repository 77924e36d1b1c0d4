"""The wizard's steps, in order. Each step owns one key of ``Notice.answers`` (the
controller step edits the organisation itself plus ``answers["contact"]``). Checker
findings point at these keys so the user is sent to the step that fixes them."""

from django.utils.translation import gettext_lazy as _

STEPS: list[tuple[str, str]] = [
    ("controller", _("Controller and contacts")),
    ("notice", _("The notice")),
    ("purposes", _("Purposes and legal bases")),
    ("categories", _("Personal data")),
    ("sources", _("Sources")),
    ("retention", _("Retention")),
    ("recipients", _("Recipients")),
    ("transfers", _("Transfers outside the EU/EEA")),
    ("security", _("Security")),
    ("automated", _("Automated decisions")),
    ("cookies", _("Cookies")),
    ("rights", _("Rights and changes")),
    ("review", _("Review")),
]
STEP_KEYS = [key for key, _label in STEPS]
STEP_LABELS = dict(STEPS)

# The steps whose answers make up the notice. The review step gathers nothing, so
# progress is counted over these: a notice whose every answer is saved is complete.
ANSWER_STEP_KEYS = [key for key in STEP_KEYS if key != "review"]

# Yes/no answers without which a saved step does not count as complete: saving the
# cookie step without saying whether cookies are used leaves it open (issue 11, item 8).
REQUIRED_ANSWERS: dict[str, tuple[str, ...]] = {"cookies": ("used",)}


def step_is_complete(step: str, data) -> bool:
    required = REQUIRED_ANSWERS.get(step, ())
    return all(isinstance(data, dict) and isinstance(data.get(key), bool) for key in required)
