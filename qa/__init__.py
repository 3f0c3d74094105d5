"""Question answering over Chinese science-and-technology policy documents."""

import warnings

__version__ = "0.1.0"

# jieba looks for its dictionary through pkg_resources when setuptools is installed (embedded Milvus needs
# it), and setuptools warns on that import; the warning is theirs and says nothing to a user of `qa`.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
