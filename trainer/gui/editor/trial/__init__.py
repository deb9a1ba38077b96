"""Test from here: play the document open in the editor, starting at any node.

The instructor sets the start first (:mod:`.setup_dialog`: variables, visited nodes,
form of address, language, seed), then the real play view plays it in a window of
its own (:mod:`.play_window`) beside a panel that follows the variables step by
step. Nothing is stored: :class:`~trainer.services.play.UnrecordedPlayService`
plays without a store. :mod:`.launcher` ties it to the editor window.
"""
