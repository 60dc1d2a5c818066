// Inputs for performance groups and complexity probes. N is the number of rows; the width depends
// only on the seed family, so the number of cells grows linearly with N (size = grid.length).
//   seeds   1-99 : uniform random, width 64, land with probability 0.5
//   seeds 100-199: width 1000, one snake-shaped island that winds through every row: its longest
//                  path covers half the grid (deep recursion, slow label propagation)
//   seeds 200-299: width 1000, checkerboard: the most islands possible, each one cell
//   seeds 300-399: width 1000, all land: one island as large as the grid
//   seeds 400-499: width 1000, random with land probability 0.59 (near the percolation threshold:
//                  big tangled islands with long winding paths)
//   seeds 500-599: width 4, random, land probability 0.6 (tall, thin grids)
//   seeds 600-699: width 16, the snake of 100-199 (the family for probes: the worst case of label
//                  propagation at every size, and the same work for every seed; a random grid's
//                  work depends on its longest island, which varies from input to input)
var family = Seed / 100;
var width = family switch { 0 => 64, 5 => 4, 6 => 16, _ => 1000 };
var grid = new string[N];
var row = new char[width];
for (var r = 0; r < N; r++)
{
    for (var c = 0; c < width; c++)
    {
        var land = family switch
        {
            1 or 6 => r % 2 == 0 || (r % 4 == 1 ? c == width - 1 : c == 0),
            2 => (r + c) % 2 == 0,
            3 => true,
            4 => Random.NextDouble() < 0.59,
            5 => Random.NextDouble() < 0.6,
            _ => Random.Next(2) == 0,
        };
        row[c] = land ? '#' : '.';
    }

    grid[r] = new string(row);
}

return new object[] { grid };
