"""Make sure an operator can sign in: create the admin user once and print its password once."""

import os
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin operator if there is none (DJANGO_SUPERUSER_USERNAME / _PASSWORD override)."

    def handle(self, *args: Any, **options: Any) -> None:
        users = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        user = users.objects.filter(username=username).first()
        if user is not None:
            if password:
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(f"Admin login: {username} / (from DJANGO_SUPERUSER_PASSWORD)")
            else:
                self.stdout.write(f"Admin login: {username} / (the password printed when it was created)")
            return
        chosen = password or secrets.token_urlsafe(12)
        users.objects.create_superuser(username=username, email="", password=chosen)
        shown = "(from DJANGO_SUPERUSER_PASSWORD)" if password else f"{chosen}   <- shown this once; keep it"
        self.stdout.write(f"Admin login: {username} / {shown}")
