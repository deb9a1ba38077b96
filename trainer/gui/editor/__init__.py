"""The trainer's scenario editor (instructors only): a thin Qt layer over trainer.authoring."""
