from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Organisation


@login_required
def dashboard(request):
    organisations = Organisation.objects.for_user(request.user).prefetch_related("notices")
    return render(request, "notices/dashboard.html", {"organisations": organisations})
