// Correct but O((R·C)^2) in the worst case: every land cell repeatedly takes the smallest label
// among its neighbours until nothing changes; a snake-shaped island needs as many sweeps as it is long.
class Solution
{
    public int solution(string[] grid)
    {
        var rows = grid.Length;
        var cols = grid[0].Length;
        var label = new int[rows * cols];
        for (var i = 0; i < label.Length; i++)
        {
            label[i] = grid[i / cols][i % cols] == '#' ? i : -1;
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < label.Length; i++)
            {
                if (label[i] < 0)
                {
                    continue;
                }

                var r = i / cols;
                var c = i % cols;
                var best = label[i];
                if (r > 0 && label[i - cols] >= 0) best = System.Math.Min(best, label[i - cols]);
                if (r + 1 < rows && label[i + cols] >= 0) best = System.Math.Min(best, label[i + cols]);
                if (c > 0 && label[i - 1] >= 0) best = System.Math.Min(best, label[i - 1]);
                if (c + 1 < cols && label[i + 1] >= 0) best = System.Math.Min(best, label[i + 1]);
                if (best < label[i])
                {
                    label[i] = best;
                    changed = true;
                }
            }
        }

        var islands = 0;
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] == i)
            {
                islands++;
            }
        }

        return islands;
    }
}
