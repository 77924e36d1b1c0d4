"""The one periodic command (cron, or the compose `upkeep` service, runs it every hour):
PDF jobs a crashed worker left, rechecks after a deploy changed the notice wording or
the check's rules, scheduled versions taking effect, the "update recommended" digests
the yearly review reminders and the dashboard's stored statuses (notices/status.py). Every part is safe to run again at any time: a run
that was missed or ran twice changes nothing but timing."""

from django.core.management.base import BaseCommand

from notices import jobs, status, upkeep


class Command(BaseCommand):
    help = "Periodic work: recover PDF jobs, recheck notices after content changes, scheduled versions, e-mail digests and reminders."

    def handle(self, *args, **options):
        recovered = jobs.pdf_renders_recover()
        rechecked = upkeep.content_changes_detect()
        switched = upkeep.scheduled_versions_switch()
        digests = upkeep.update_digests_send()
        reminders = upkeep.review_reminders_send()
        # After a deploy changed the wording (or the adequacy list changed): the dashboard's
        # stored statuses, recomputed here rather than on the owners' first page views.
        statuses = status.refresh_stale()
        self.stdout.write(
            f"PDF jobs re-enqueued: {len(recovered)}; rechecked after changes to: {', '.join(rechecked) or 'nothing'}; "
            f"scheduled versions in force: {len(switched)}; update digests sent: {digests}; review reminders sent: {reminders}; "
            f"dashboard statuses recomputed: {statuses}"
        )
