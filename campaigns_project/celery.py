import os

from celery import Celery

from campaigns_project import broker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaigns_project.settings")

broker.register()
app = Celery("herald")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
