from qa.training.card import training_lines


def _stage(seed: int, **more: object) -> dict[str, object]:
    return {"seed": seed, "steps": 10, "batch": 16, "epochs": 0.1, "lr": 1e-4, "schedule": "AdamW", **more}


def test_one_run_is_called_training() -> None:
    lines = training_lines(_stage(0))
    assert lines.startswith("- Training: seed 0,")
    assert "Stage" not in lines


def test_continued_runs_are_numbered_oldest_first() -> None:
    three = _stage(2, continued_from=_stage(1, continued_from=_stage(0)))
    labels = [line.split(":")[0] for line in training_lines(three).splitlines() if line.startswith("- ")]
    assert labels == [
        "- Stage 1",
        "- Stage 2, from stage 1 (`--init`, fresh negatives)",
        "- Stage 3, from stage 2 (`--init`, fresh negatives)",
    ]
    assert [line.split("seed ")[1][0] for line in training_lines(three).splitlines() if "seed" in line] == [
        "0",
        "1",
        "2",
    ]


def test_a_cpu_run_names_its_threads_and_a_gpu_run_its_device() -> None:
    assert "12.5 minutes on 2 CPU threads." in training_lines(_stage(0, minutes=12.5, threads=2))
    gpu = training_lines(_stage(0, minutes=0.9, threads=16, device="NVIDIA H200"))
    assert "0.9 minutes on NVIDIA H200." in gpu
    assert "CPU" not in gpu


def test_fresh_draws_of_the_windows_are_said_only_when_there_are_several() -> None:
    assert "4 draws" in training_lines(_stage(0, window_sets=4))
    assert "draw" not in training_lines(_stage(0))
