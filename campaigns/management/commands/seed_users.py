"""Demo contacts: the original demo's ~20 users (~40% vip, some tw, some jp), or N synthetic ones."""

import random
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from campaigns.models import Contact, Tag
from campaigns.services import tags_ensure

DEMO_NAMES = [
    "Alice Chen", "Bob Lin", "Carol Wang", "David Huang", "Emma Tsai", "Frank Wu", "Grace Liu",
    "Henry Chang", "Ivy Yang", "Jack Kuo", "Kenji Sato", "Lily Hsu", "Mia Lee", "Noah Cheng",
    "Olivia Lai", "Peter Hung", "Quinn Yeh", "Rin Tanaka", "王小明", "林美玲",
]  # fmt: skip
CHUNK = 5000


class Command(BaseCommand):
    help = "Create demo contacts. Idempotent: contacts are keyed by email and created once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=42, help="random seed (same seed, same contacts)")
        parser.add_argument("--count", type=int, default=len(DEMO_NAMES), help="how many contacts")
        parser.add_argument("--if-empty", action="store_true", help="do nothing when any contact exists")

    def handle(self, *args: Any, seed: int, count: int, if_empty: bool, **options: Any) -> None:
        if count < 0:
            self.stderr.write("--count must be 0 or more")
            raise SystemExit(2)
        if if_empty and Contact.objects.exists():
            self.stdout.write("Contacts exist already; nothing seeded.")
            return
        rng = random.Random(seed)
        tags = {tag.name: tag.pk for tag in tags_ensure(["vip", "tw", "jp"])}
        through = Contact.tags.through
        before = Contact.objects.count()
        for start in range(0, count, CHUNK):
            rows = [self._contact(index, rng) for index in range(start, min(count, start + CHUNK))]
            with transaction.atomic():
                Contact.objects.bulk_create([contact for contact, _ in rows], ignore_conflicts=True)
                ids = dict(Contact.objects.filter(email__in=[c.email for c, _ in rows]).values_list("email", "pk"))
                links = [
                    through(contact_id=ids[contact.email], tag_id=tags[name])
                    for contact, names in rows
                    for name in names
                ]
                through.objects.bulk_create(links, ignore_conflicts=True)
        created = Contact.objects.count() - before
        self.stdout.write(f"Seeded {created} new contacts ({count} asked for, seed {seed}); tags: {', '.join(tags)}.")

    @staticmethod
    def _contact(index: int, rng: random.Random) -> tuple[Contact, list[str]]:
        if index < len(DEMO_NAMES):
            name = DEMO_NAMES[index]
        else:
            name = f"{rng.choice(['Ada', 'Ben', 'Cleo', 'Dan', 'Eve', 'Fay', 'Gus', 'Hana'])} User{index}"
        names: list[str] = []
        if rng.random() < 0.4:
            names.append("vip")
        region = rng.random()
        if region < 0.45:
            names.append("tw")
        elif region < 0.65:
            names.append("jp")
        contact = Contact(
            name=name, email=f"user{index:07d}@example.com", attributes={"plan": rng.choice(["free", "pro"])}
        )
        return contact, names


__all__ = ["Command", "Tag"]
