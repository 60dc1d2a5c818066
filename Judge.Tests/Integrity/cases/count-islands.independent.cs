using System;
using System.Collections.Generic;

class Solution
{
    private int[] parent = Array.Empty<int>();

    private int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    // Union-find over land cells: each union of two different sets removes one island.
    public int solution(string[] grid)
    {
        int height = grid.Length, width = grid[0].Length;
        parent = new int[height * width];
        int islands = 0;
        for (int row = 0; row < height; row++)
        {
            for (int col = 0; col < width; col++)
            {
                if (grid[row][col] != '#') continue;
                int id = row * width + col;
                parent[id] = id;
                islands++;
                if (row > 0 && grid[row - 1][col] == '#')
                {
                    islands -= Union(id, id - width);
                }
                if (col > 0 && grid[row][col - 1] == '#')
                {
                    islands -= Union(id, id - 1);
                }
            }
        }
        return islands;
    }

    private int Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return 0;
        parent[ra] = rb;
        return 1;
    }
}
