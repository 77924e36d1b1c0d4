import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0014_merge_i14a"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicelibraryentry",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now, editable=False),
            preserve_default=False,
        ),
    ]
