"""The Qt-free core: scenario model, conditions, play engine, scoring and analysis."""
