"""Static checks of what we cannot run here (no Docker engine): compose file, image, scripts."""

import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_compose_has_the_production_shape() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "rabbitmq", "web", "worker", "beat"} <= set(services)
    assert "15672:15672" in services["rabbitmq"]["ports"], "RabbitMQ management UI"
    assert services["rabbitmq"]["image"].endswith("-management")
    for name in ("web", "worker", "beat", "migrate"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://")
        assert "@postgres:" in env["DATABASE_URL"]
        assert env["CELERY_BROKER_URL"].startswith("amqp://")
        assert "@rabbitmq:" in env["CELERY_BROKER_URL"]
        assert "DJANGO_SECRET_KEY" in env, "no default secret in production"
    assert services["worker"]["command"][:4] == ["celery", "-A", "campaigns_project", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "campaigns_project", "beat"]
    assert "8000:8000" in services["web"]["ports"]
    for name in ("postgres", "rabbitmq"):
        assert "healthcheck" in services[name]


def test_image_builds_from_files_that_exist() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    for line in dockerfile.splitlines():
        if line.startswith("COPY ") and "--from" not in line:
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), f"Dockerfile copies missing {source}"
    assert "campaigns_project.wsgi" in dockerfile


def test_scripts_are_valid_bash() -> None:
    for script in [ROOT / ".ci" / "run", *sorted((ROOT / "scripts").glob("*.sh"))]:
        subprocess.run(["bash", "-n", str(script)], check=True)
    assert "make test" in (ROOT / ".ci" / "run").read_text()
