"""The wizard's live preview: the notice as it would read with what is typed in the step
right now, built from the unsaved form. Nothing is saved; a form that does not validate
yet previews the saved answers (and says so) rather than guess."""

import copy
import logging

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_POST

from .. import permissions
from .. import wizard as wz
from ..content import builder
from ..content.adequacy import adequacy_from_db
from ..content.steps import STEP_KEYS
from ..services import ORGANISATION_FIELDS
from .wizard import _user_notice

logger = logging.getLogger(__name__)


def unsaved_answers(notice, step: str, data) -> tuple[dict, dict, bool]:
    """(answers, controller, complete): the notice's answers and controller with the
    step's unsaved form applied, as services.notice_save_step would store them."""
    answers = copy.deepcopy(notice.answers) if isinstance(notice.answers, dict) else {}
    controller = notice.organisation.snapshot()
    if step == "review":
        return answers, controller, True
    handler = wz.get_step(notice, step)
    step_forms = handler.build(data)
    if not step_forms.is_valid():
        return answers, controller, False
    handler.validate(step_forms)
    if not step_forms.is_valid():
        return answers, controller, False
    values = handler.to_data(step_forms)
    if step == "controller":
        organisation = values.get("organisation") or {}
        controller.update({key: organisation[key] or "" for key in ORGANISATION_FIELDS if key in organisation})
        answers["contact"] = values.get("contact") or {}
    else:
        answers[step] = values
    return answers, controller, True


@login_required
@require_POST
@permissions.org_view("notice.view")
def live_preview(request, pk, step):
    notice = _user_notice(request, pk)
    permissions.check(request, notice.organisation)
    if step not in STEP_KEYS:
        raise Http404("no such step")
    languages = wz.notice_languages(notice)
    language = request.POST.get("preview_lang") if request.POST.get("preview_lang") in languages else languages[0]
    document, complete = None, False
    try:
        answers, controller, complete = unsaved_answers(notice, step, request.POST)
        document = builder.build_document(answers=answers, controller=controller, language=language, adequacy=adequacy_from_db())
    except Exception:
        # The preview is a convenience: a failure must never cost the user what they typed.
        logger.exception("live preview of notice %s failed", notice.pk)
    context = {
        "notice": notice,
        "document": document,
        "preview_language": language,
        "preview_languages": languages,
        "preview_param": "preview",
        "step": step,
        "live": True,
        "live_complete": complete,
    }
    return render(request, "notices/wizard/_preview.html", context)
