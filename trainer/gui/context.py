"""What the GUI receives from the composition root (no globals, no singletons)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.services.deferred import Deferred
from trainer.services.quick_start import quick_results
from trainer.services.records import IMPORTED, ProfileRecord

if TYPE_CHECKING:
    from trainer.services.cards import Results
    from trainer.services.context import Services
    from trainer.services.library import LibraryService


class GuiContext:
    """Services and helpers shared by the pages.

    At start-up the services may still be opening on the worker thread (see
    ``trainer.gui.main``): :attr:`services` then waits for them, which only a quick
    click right after the first screen ever notices. The library service is built on
    first use, since importing the scenario reader is slow.
    """

    def __init__(
        self,
        *,
        services: Services | Deferred[Services],
        runner: TaskRunner,
        settings: UiSettings,
        data_dir: Path,
        library: LibraryService | None = None,
        scenario_roots: Sequence[tuple[Path, str]] = (),
    ) -> None:
        self._services = services if isinstance(services, Deferred) else Deferred.of(services)
        self._library = library
        self.scenario_roots = list(scenario_roots)
        self.runner = runner
        self.settings = settings
        self.data_dir = data_dir
        # The profile list read before the store opened (see trainer.services.quick_start).
        self.quick_profiles: list[ProfileRecord] | None = None
        # Called before waiting for the store or the scenario files: the start-up lets
        # the worker begin at once instead of after the first paint.
        self.hurry: Callable[[], None] = lambda: None
        # Counts sign-outs: work begun for one officer (a job on the worker, a file
        # dialog) checks it is unchanged before it shows or writes anything.
        self.session = 0

    @property
    def services(self) -> Services:
        """The services on the open store (waits while it is still opening)."""
        if not self._services.ready:
            self.hurry()
        return self._services.get()

    @property
    def services_ready(self) -> bool:
        """Whether the store is open (reading :attr:`services` will not wait)."""
        return self._services.ready and not self._services.failed

    def replace_services(self, services: Services) -> None:
        """The store opened again (after a recovery at start-up)."""
        self._services = Deferred.of(services)

    def list_profiles(self) -> list[ProfileRecord]:
        """Every profile that can sign in, by name: from the store, or while it opens, from
        the quick look.

        Until the store is open nothing can have changed since that look: every change
        goes through the store.
        """
        if self.services_ready or self.quick_profiles is None:
            profiles = self.services.store.list_profiles()
        else:
            profiles = self.quick_profiles
        # Profiles merged from other stations' results cannot sign in: not offered here.
        return [p for p in profiles if p.role != IMPORTED]

    def results_for(self, profile: ProfileRecord) -> Results:
        """The profile's best, last and unfinished attempt per scenario (see list_profiles)."""
        from trainer.services.cards import results_by_scenario

        if not self.services_ready:
            quick = quick_results(self.data_dir, profile.id)
            if quick is not None:
                return quick
        return results_by_scenario(self.services.store.attempts_for_profile(profile.id))

    @property
    def library(self) -> LibraryService:
        """Finds and reads the scenario folders."""
        if self._library is None:
            from trainer.services.library import LibraryService

            self._library = LibraryService(self.scenario_roots, signer_of=self._pack_signer)
        return self._library

    def _pack_signer(self, folder: Path) -> str | None:
        """The trusted centre that signed the pack ``folder`` came from (None: unofficial).

        Imported here: the signature code is needed only once a pack was imported."""
        from trainer.exchange.trust_store import TrustStore
        from trainer.services.packs import official_signer

        found = official_signer(folder, TrustStore.for_data_dir(self.data_dir))
        return found[1] if found else None

    @property
    def trust_dir(self) -> Path:
        """Where the centres this station trusts keep their public keys
        (``trust_store.TRUST_FOLDER``, not imported: it loads the cryptography library,
        which the start-up does not need)."""
        return self.data_dir / "trust"

    @property
    def card_cache(self) -> Path:
        """Where the library's cards are kept between starts."""
        return self.data_dir / "cache" / "library-cards.json"
