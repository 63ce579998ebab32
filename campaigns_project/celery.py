import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaigns_project.settings")

app = Celery("herald")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
