"""My history: the attempts table, competency chart, standings and replays."""
