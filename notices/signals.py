"""Changes staff make to data published notices depend on start a recheck of those
notices ("update recommended", notices.upkeep). Saved through the admin or the shell alike."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import upkeep
from .models import AdequacyDecision, ServiceLibraryEntry


@receiver(post_save, sender=AdequacyDecision, dispatch_uid="seloste_adequacy_saved")
def adequacy_saved(sender, instance, raw=False, **kwargs):
    if raw:  # loading a fixture or restoring a backup is not a change of the list
        return
    upkeep.adequacy_changed(country=instance.country, active=instance.active)


@receiver(post_delete, sender=AdequacyDecision, dispatch_uid="seloste_adequacy_deleted")
def adequacy_deleted(sender, instance, **kwargs):
    upkeep.adequacy_changed(country=instance.country, active=False)


@receiver(post_save, sender=ServiceLibraryEntry, dispatch_uid="seloste_service_saved")
def service_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw or created:  # a new entry is in no published notice yet
        return
    upkeep.service_entry_changed_later(code=instance.code)
