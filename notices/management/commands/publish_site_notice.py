"""Publish Seloste's own privacy notice from notices/fixtures/site_notice.json. Safe to run
again (e.g. on every deploy): a new version is published only when the text changes."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from notices import services
from notices.addresses import current_address
from notices.site_notice import OperatorMissing, site_notice_publish


class Command(BaseCommand):
    help = "Publish this instance's own privacy notice (controller: the SELOSTE_OPERATOR_* settings)."

    def handle(self, *args, **options):
        try:
            notice, number = site_notice_publish()
        except OperatorMissing as missing:
            raise CommandError(str(missing)) from None
        except services.PublishRefused as refused:
            problems = "; ".join(finding.message("en") for finding in refused.findings if finding.severity == "error")
            raise CommandError(
                f"The site notice cannot be published: {problems or refused}. The operator's details come from the "
                "SELOSTE_OPERATOR_* settings (NAME, EMAIL, BUSINESS_ID, STREET_ADDRESS, POSTAL_CODE, CITY)."
            ) from None
        url = reverse("notices:public_notice", kwargs={"slug": current_address(notice)})
        if number is None:
            self.stdout.write(f"The site notice is up to date: {url}")
        else:
            self.stdout.write(self.style.SUCCESS(f"Published version {number} of the site notice: {url}"))
