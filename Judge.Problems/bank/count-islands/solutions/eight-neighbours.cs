// Bug on purpose: also joins cells that only touch at a corner (8 neighbours instead of 4).
class Solution
{
    public int solution(string[] grid)
    {
        var rows = grid.Length;
        var cols = grid[0].Length;
        var seen = new bool[rows, cols];
        var stack = new Stack<(int R, int C)>();
        var islands = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (seen[r, c] || grid[r][c] != '#')
                {
                    continue;
                }

                islands++;
                seen[r, c] = true;
                stack.Push((r, c));
                while (stack.Count > 0)
                {
                    var (cr, cc) = stack.Pop();
                    for (var dr = -1; dr <= 1; dr++)
                    {
                        for (var dc = -1; dc <= 1; dc++)
                        {
                            var nr = cr + dr;
                            var nc = cc + dc;
                            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr, nc] && grid[nr][nc] == '#')
                            {
                                seen[nr, nc] = true;
                                stack.Push((nr, nc));
                            }
                        }
                    }
                }
            }
        }

        return islands;
    }
}
