using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// The fake's money and trading state: open positions, pending orders, deals, the capital-flow ledger and balance
/// adjustments. Every change happens under one lock and moves the account's balance (in <see cref="CustomerStore"/>)
/// together with its ledger row, so no reader sees one without the other. Changes are announced on the Manager data
/// push (<see cref="Published"/>) after the lock is released.
/// </summary>
internal sealed partial class TradingBook(CustomerStore customers, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly List<Position> _positions = [];
    private readonly List<PendingOrder> _pending = [];
    private readonly List<Order> _orders = [];
    private readonly List<Deal> _deals = [];
    private readonly List<FlowRow> _flows = [];
    private readonly List<Proposal> _proposals = [];
    private long _positionSeq;
    private long _nextOrder = 21_650_001;
    private long _nextDeal = 11_970_001;
    private long _nextBookkeep = 3_000_001;
    private long _proposalSeq;

    /// <summary>Raised after a change, outside the lock, once per Manager data-push event (type and data).</summary>
    public event Action<string, JsonObject>? Published;

    /// <summary>Places checked seeds on the customer's first account of each seed's trade type (no events).</summary>
    public void Seed(FakeCustomer customer, IEnumerable<SeedPlan> positions, IEnumerable<SeedPlan> pendingOrders)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var plan in positions)
            {
                var holder = HolderOf(customer, plan.TradeType);
                var position = new Position(NextPositionId(now), _nextOrder++, _nextDeal++, holder, plan.Product, plan.Direction, plan.Volume, plan.Price, now);
                _positions.Add(position);
                _deals.Add(new Deal(position.DealId, position.OrderId, position.Id, Deal.MarketOpen, holder, plan.Product, plan.Direction, plan.Volume, plan.Price, null, now));
                _orders.Add(Executed(new Order(position.OrderId, holder, plan.Product, Deal.MarketOpen, plan.Direction, plan.Volume, plan.Price, now) { CreateTime = now }, position.DealId, position.Id, plan.Price, now));
            }

            foreach (var plan in pendingOrders)
            {
                var pending = new PendingOrder(_nextOrder++, HolderOf(customer, plan.TradeType), plan.Product, plan.Direction, plan.Volume, plan.Price, now);
                _pending.Add(pending);
                _orders.Add(new Order(pending.OrderId, pending.Holder, plan.Product, Deal.LimitPending, plan.Direction, plan.Volume, plan.Price, now) { Source = "System", CreateTime = now, UpdateTime = now });
            }
        }
    }

    public IReadOnlyList<Position> Positions(Func<Position, bool> filter)
    {
        lock (_gate)
        {
            return [.. _positions.Where(filter)];
        }
    }

    public IReadOnlyList<Deal> Deals(Func<Deal, bool> filter)
    {
        lock (_gate)
        {
            return [.. _deals.Where(filter)];
        }
    }

    public IReadOnlyList<Order> Orders(Func<Order, bool> filter)
    {
        lock (_gate)
        {
            return [.. _orders.Where(filter)];
        }
    }

    public IReadOnlyList<FlowRow> Flows(Func<FlowRow, bool> filter)
    {
        lock (_gate)
        {
            return [.. _flows.Where(filter)];
        }
    }

    public Proposal? FindProposal(string proposalNo)
    {
        lock (_gate)
        {
            return _proposals.Find(p => string.Equals(p.ProposalNo, proposalNo, StringComparison.Ordinal));
        }
    }

    /// <summary>The order filled: its deal, position, price and time (status 2).</summary>
    private static Order Executed(Order order, long dealId, long positionId, decimal price, DateTimeOffset now) => order with
    {
        Status = Order.Executed,
        DealId = dealId,
        PositionId = positionId,
        ExecutePrice = price,
        ExecuteNum = order.RequestNum,
        ExecuteTime = now,
        UpdateTime = now,
    };

    private static Holder HolderOf(FakeCustomer customer, int tradeType) =>
        Holder.Of(customer, customer.Accounts.First(a => a.TradeType == tradeType));

    /// <summary>A position id like the vendor's: the date and a sequence number (<c>2022112423089</c>).</summary>
    private long NextPositionId(DateTimeOffset now) =>
        (long.Parse(now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * 100_000) + ++_positionSeq;

    /// <summary>A proposal number: the date and a six-digit sequence number.</summary>
    private string NextProposalNo(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (++_proposalSeq).ToString("D6", CultureInfo.InvariantCulture);

    private void Announce(List<(string Type, JsonObject Data)> events)
    {
        foreach (var (type, data) in events)
        {
            Published?.Invoke(type, data);
        }
    }
}
