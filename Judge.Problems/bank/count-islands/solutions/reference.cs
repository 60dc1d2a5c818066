class Solution
{
    // Iterative flood fill with an explicit stack over flat cell indices: O(R·C) time and memory,
    // no recursion (a snake-shaped island can be half a million cells long).
    public int solution(string[] grid)
    {
        var rows = grid.Length;
        var cols = grid[0].Length;
        var seen = new bool[rows * cols];
        var stack = new int[rows * cols];
        var islands = 0;
        for (var start = 0; start < rows * cols; start++)
        {
            if (seen[start] || grid[start / cols][start % cols] != '#')
            {
                continue;
            }

            islands++;
            seen[start] = true;
            var top = 0;
            stack[top++] = start;
            while (top > 0)
            {
                var cell = stack[--top];
                var r = cell / cols;
                var c = cell % cols;
                if (r > 0) Visit(cell - cols, r - 1, c);
                if (r + 1 < rows) Visit(cell + cols, r + 1, c);
                if (c > 0) Visit(cell - 1, r, c - 1);
                if (c + 1 < cols) Visit(cell + 1, r, c + 1);
            }

            void Visit(int next, int r, int c)
            {
                if (!seen[next] && grid[r][c] == '#')
                {
                    seen[next] = true;
                    stack[top++] = next;
                }
            }
        }

        return islands;
    }
}
