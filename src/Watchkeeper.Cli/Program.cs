Console.WriteLine("wk");
