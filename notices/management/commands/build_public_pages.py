"""Store the ready-to-send public pages (notices.public_pages) of every published notice.

Not needed for correctness: a read that finds no row is served from the versions and
stores the row itself. Run it after upgrading (existing versions get their rows) or after
changing SITE_URL, so the first reader of each page does not pay for the rebuild."""

from django.core.management.base import BaseCommand

from notices import public_pages
from notices.models import Notice, NoticeVersion, PublishedPage


class Command(BaseCommand):
    help = "Store the ready-to-send public pages of every published notice (one statement per public read)."

    def handle(self, *args, **options):
        notices = Notice.objects.filter(withdrawn_at__isnull=True, versions__isnull=False).distinct().order_by("pk")
        count = rows = 0
        for notice in notices.iterator():
            numbers = NoticeVersion.objects.filter(notice=notice).values_list("number", flat=True)
            for number in [PublishedPage.LATEST, *numbers]:
                rows += public_pages.published_pages_build(notice=notice, number=number)
            count += 1
        self.stdout.write(f"Public pages stored: {rows} rows for {count} notices.")
