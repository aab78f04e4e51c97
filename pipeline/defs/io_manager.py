"""How tables travel between Dagster steps: as Arrow IPC files, memory-mapped on load.

Dagster's default IO manager pickles each output, which for the whole archive means a copy of
every table in memory while pickling and another while unpickling. Arrow IPC files are
written straight from the table's buffers and read back without copying, so a downstream step
pays only for the pages it touches.
"""

from pathlib import Path

import dagster as dg
import pyarrow as pa
import pyarrow.feather as feather


class TableIOManager(dg.IOManager):
    def __init__(self, base_dir: Path):
        self.base_dir = base_dir

    def _path(self, key: dg.AssetKey) -> Path:
        return self.base_dir / f"{'__'.join(key.path)}.arrow"

    def handle_output(self, context: dg.OutputContext, obj: pa.Table) -> None:
        path = self._path(context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".arrow.tmp")
        feather.write_feather(obj, tmp, compression="uncompressed")
        tmp.replace(path)

    def load_input(self, context: dg.InputContext) -> pa.Table:
        table: pa.Table = feather.read_table(self._path(context.asset_key), memory_map=True)
        return table


class TableIOManagerFactory(dg.ConfigurableIOManagerFactory[TableIOManager]):
    """Stores the dataset's tables under the Dagster instance's storage folder."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> TableIOManager:
        instance = context.instance
        assert instance is not None
        base = self.base_dir or str(Path(instance.storage_directory()) / "tables")
        return TableIOManager(Path(base))
