Console.WriteLine("QuoteLens benchmarks: being written.");
