#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaigns_project.settings")
    # A developer's shell with no production configuration gets development settings, so
    # `python manage.py shell` just works. Servers (gunicorn, celery) get no such default:
    # without DJANGO_SECRET_KEY they refuse to start.
    if not os.environ.get("DJANGO_SECRET_KEY"):
        os.environ.setdefault("DJANGO_DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
