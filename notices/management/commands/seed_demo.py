"""Create the demo account with a sample organisation and a complete, published notice.

Idempotent: running it again only resets the demo password; nothing is duplicated.
"""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

from notices import services
from notices.content import samples, steps
from notices.models import Notice, Organisation, User

DEMO_EMAIL = "demo@seloste.fi"
DEMO_PASSWORD = "seloste-demo"


class Command(BaseCommand):
    help = "Create the demo account (demo@seloste.fi), a sample organisation and a sample notice. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--password", help=f"Password for the demo account (default in development: {DEMO_PASSWORD}).")
        parser.add_argument("--no-publish", action="store_true", help="Leave the sample notice as a draft.")

    def handle(self, *args, **options):
        # A password known from the README must never guard a production instance.
        password = options["password"] or (secrets.token_urlsafe(12) if getattr(settings, "PRODUCTION", False) else DEMO_PASSWORD)
        user, organisation, notice = self.seed(password)
        published = notice.versions.exists()
        if not published and not options["no_publish"]:
            published = self.publish(notice, user)

        login_url = settings.SITE_URL + reverse("login")
        self.stdout.write(self.style.SUCCESS("Demo account ready."))
        self.stdout.write(f"  URL:      {login_url}")
        self.stdout.write(f"  E-mail:   {DEMO_EMAIL}")
        self.stdout.write(f"  Password: {password}")
        self.stdout.write(f"  Organisation: {organisation.name}; notice: {notice.title}" + (" (published)" if published else " (draft)"))

    @transaction.atomic
    def seed(self, password: str) -> tuple[User, Organisation, Notice]:
        user = User.objects.filter(email__iexact=DEMO_EMAIL).first()
        if user is None:
            user = services.user_signup(email=DEMO_EMAIL, password=password, full_name="Demo")
        else:
            user.set_password(password)
            user.is_active = True
            user.save(update_fields=["password", "is_active"])

        controller = samples.sample_controller()
        organisation = Organisation.objects.for_user(user).filter(name=controller["name"]).first()
        if organisation is None:
            organisation = services.organisation_create(by=user, data=controller)

        notice = organisation.notices.order_by("pk").first()
        if notice is None:
            notice = self.create_notice(organisation, user)
        return user, organisation, notice

    def create_notice(self, organisation: Organisation, user: User) -> Notice:
        answers = samples.sample_answers()
        part = answers.get("notice", {})
        notice = services.notice_create(
            organisation=organisation,
            title=part.get("title", {}).get("fi", "Tietosuojaseloste"),
            by=user,
            languages=part.get("languages", ["fi"]),
        )
        # Fill it the way the wizard does, step by step.
        for step in steps.STEP_KEYS:
            if step == "controller":
                data = {"organisation": samples.sample_controller(), "contact": answers.get("contact", {})}
            elif step == "review":
                data = {}
            elif step in answers:
                data = answers[step]
            else:
                continue
            notice = services.notice_save_step(notice=notice, step=step, data=data, by=user)
        # Keys that belong to no wizard step (e.g. the drawn-up date) have no service of
        # their own; they are part of the sample, so they are stored as they are.
        extra = {key: value for key, value in answers.items() if key not in notice.answers and key != "contact"}
        if extra:
            notice.answers = {**notice.answers, **extra}
            notice.save(update_fields=["answers", "updated_at"])
        return notice

    def publish(self, notice: Notice, user: User) -> bool:
        publish = getattr(services, "notice_publish", None)
        if publish is None:
            return False
        try:
            publish(notice=notice, by=user, note="Demo")
        except Exception as error:  # the demo stays usable as a draft
            self.stderr.write(self.style.WARNING(f"The sample notice was left as a draft: {error}"))
            return False
        return True
