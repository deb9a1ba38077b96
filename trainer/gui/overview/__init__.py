"""The trainer's overview of every profile and scenario on this laptop."""
