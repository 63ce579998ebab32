# Herald image: the SPA built with Node, served by Django (whitenoise) from a Python image.
FROM node:20-slim AS frontend
WORKDIR /app/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npx vite build

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HERALD_DATA_DIR=/data
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
COPY --from=frontend /app/frontend/dist ./frontend/dist
RUN DJANGO_DEBUG=1 python manage.py collectstatic --noinput -v0 \
    && useradd --create-home herald && mkdir -p /data && chown herald /data
USER herald
EXPOSE 8000
CMD ["gunicorn", "campaigns_project.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "4"]
