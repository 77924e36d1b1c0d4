from django.contrib import admin

from .models import AdequacyDecision, AuditEvent, Membership, Notice, NoticeVersion, Organisation, User

admin.site.register(User)
admin.site.register(Organisation)
admin.site.register(Membership)
admin.site.register(Notice)
admin.site.register(NoticeVersion)
admin.site.register(AdequacyDecision)
admin.site.register(AuditEvent)
