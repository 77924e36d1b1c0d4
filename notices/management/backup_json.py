"""Django's JSON fixture format, but with times to the microsecond: DjangoJSONEncoder
cuts them to milliseconds, and a backup must give back exactly what was stored. The
files it writes are ordinary fixtures; the standard json deserializer reads them."""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder


class PreciseEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = PreciseEncoder


Deserializer = django_json.Deserializer
