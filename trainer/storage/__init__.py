"""Persistence: SQLAlchemy models, repositories, migrations, backups."""
