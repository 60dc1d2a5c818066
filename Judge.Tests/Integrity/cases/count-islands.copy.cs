using System;

class Solution
{
    // counts connected groups of land
    public int solution(string[] map)
    {
        var h = map.Length; var w = map[0].Length;
        var visited = new bool[h * w];
        var todo = new int[h * w];
        var count = 0;

        for (var pos = 0; pos < h * w; pos++)
        {
            if (visited[pos] || map[pos / w][pos % w] != '#') { continue; }
            count++;
            visited[pos] = true;
            var sp = 0;
            todo[sp++] = pos;
            while (sp > 0)
            {
                var cur = todo[--sp];
                var y = cur / w;
                var x = cur % w;
                if (y > 0) Go(cur - w, y - 1, x);
                if (y + 1 < h) Go(cur + w, y + 1, x);
                if (x > 0) Go(cur - 1, y, x - 1);
                if (x + 1 < w) Go(cur + 1, y, x + 1);
            }

            void Go(int n, int y, int x)
            {
                if (!visited[n] && map[y][x] == '#') { visited[n] = true; todo[sp++] = n; }
            }
        }
        return count;
    }
}
