import pytest
from django.core.exceptions import ImproperlyConfigured

from campaigns_project.env import env_bool, env_float, env_int, env_json


@pytest.mark.parametrize("raw", ["nan", "inf", "-inf", "fast"])
def test_env_float_refuses_what_is_not_a_finite_number(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("HERALD_X", raw)
    with pytest.raises(ImproperlyConfigured, match="HERALD_X"):
        env_float("HERALD_X", 1.0)


def test_readers_fail_loudly_and_default_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HERALD_X", raising=False)
    assert env_int("HERALD_X", 5) == 5
    monkeypatch.setenv("HERALD_X", "-1")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("HERALD_X", 5, minimum=0)
    monkeypatch.setenv("HERALD_X", "maybe")
    with pytest.raises(ImproperlyConfigured, match="1/0/true/false"):
        env_bool("HERALD_X", False)
    monkeypatch.setenv("HERALD_X", "[1]")
    with pytest.raises(ImproperlyConfigured, match="JSON object"):
        env_json("HERALD_X", {})


def test_settings_refuse_an_unknown_provider_and_a_missing_secret() -> None:
    import os
    import subprocess
    import sys

    base = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "DJANGO_SECRET_KEY", "HERALD_PROVIDER"}}
    check = [
        sys.executable,
        "-c",
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='campaigns_project.settings'; django.setup()",
    ]
    no_key = subprocess.run(check, env=base, capture_output=True, text=True)
    assert no_key.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in no_key.stderr
    typo = subprocess.run(
        check, env={**base, "DJANGO_DEBUG": "1", "HERALD_PROVIDER": "smpt"}, capture_output=True, text=True
    )
    assert typo.returncode != 0
    assert "HERALD_PROVIDER must be mock or smtp" in typo.stderr
