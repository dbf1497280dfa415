// Each test class starts a real server and a browser; on a small machine they take turns.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
